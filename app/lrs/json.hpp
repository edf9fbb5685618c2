// Reading statements back (rapidjson from Debian): a string at a path of object keys.
#pragma once

#include <rapidjson/document.h>

#include <initializer_list>
#include <string>

namespace lwp::lrs {

// The string at v[path[0]][path[1]]…, or "" when a key is missing or the value is no string.
inline std::string json_string(const rapidjson::Value& v, std::initializer_list<const char*> path) {
    const rapidjson::Value* cur = &v;
    for (const char* k : path) {
        if (!cur->IsObject()) return {};
        auto it = cur->FindMember(k);
        if (it == cur->MemberEnd()) return {};
        cur = &it->value;
    }
    return cur->IsString() ? std::string(cur->GetString(), cur->GetStringLength()) : std::string();
}

}  // namespace lwp::lrs
