// A minimal JSON writer for machine-readable CLI output (`--json`). Saved files use cereal.
#pragma once

#include <string>
#include <vector>

namespace lwp::core {

std::string json_escape(const std::string& s);  // with quotes

class JsonOut {
public:
    JsonOut& begin_object();
    JsonOut& end_object();
    JsonOut& begin_array(const char* key = nullptr);
    JsonOut& end_array();
    JsonOut& key(const char* key);
    JsonOut& value(const std::string& v);
    JsonOut& value(const char* v) { return value(std::string(v)); }
    JsonOut& value(double v);
    JsonOut& value(bool v);
    JsonOut& null();
    template <typename T>
    JsonOut& field(const char* k, const T& v) {
        key(k);
        return value(v);
    }
    const std::string& str() const { return out_; }

private:
    void comma();
    std::string out_;
    std::vector<bool> first_;
    bool after_key_ = false;
};

}  // namespace lwp::core
