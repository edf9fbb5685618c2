#include "core/model/json_out.hpp"

#include <cmath>
#include <cstdio>

namespace lwp::core {

std::string json_escape(const std::string& s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (c < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    out += buf;
                } else out += static_cast<char>(c);
        }
    }
    return out + "\"";
}

void JsonOut::comma() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (!first_.empty()) {
        if (!first_.back()) out_ += ",";
        first_.back() = false;
    }
}

JsonOut& JsonOut::begin_object() {
    comma();
    out_ += "{";
    first_.push_back(true);
    return *this;
}
JsonOut& JsonOut::end_object() {
    out_ += "}";
    first_.pop_back();
    return *this;
}
JsonOut& JsonOut::begin_array(const char* k) {
    if (k) key(k);
    comma();
    out_ += "[";
    first_.push_back(true);
    return *this;
}
JsonOut& JsonOut::end_array() {
    out_ += "]";
    first_.pop_back();
    return *this;
}
JsonOut& JsonOut::key(const char* k) {
    comma();
    out_ += json_escape(k) + ":";
    after_key_ = true;
    return *this;
}
JsonOut& JsonOut::value(const std::string& v) {
    comma();
    out_ += json_escape(v);
    return *this;
}
JsonOut& JsonOut::value(double v) {
    comma();
    if (!std::isfinite(v)) out_ += "null";
    else {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.15g", v);
        out_ += buf;
    }
    return *this;
}
JsonOut& JsonOut::value(bool v) {
    comma();
    out_ += v ? "true" : "false";
    return *this;
}
JsonOut& JsonOut::null() {
    comma();
    out_ += "null";
    return *this;
}

}  // namespace lwp::core
