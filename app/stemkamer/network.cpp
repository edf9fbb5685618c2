#include "stemkamer/network.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include "core/store/folder.hpp"
#include "core/model/parse.hpp"

#include <algorithm>
#include <sstream>

namespace lwp::stemkamer {

std::string default_route_interface(const std::string& text) {
    std::istringstream in(text);
    std::string line;
    std::getline(in, line);  // header: Iface Destination Gateway Flags ...
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        std::string iface, dest, gateway, flags, refcnt, use, metric, mask;
        if (!(fields >> iface >> dest >> gateway >> flags >> refcnt >> use >> metric >> mask)) continue;
        const unsigned long f = std::strtoul(flags.c_str(), nullptr, 16);
        if (dest == "00000000" && mask == "00000000" && (f & 0x1) /* RTF_UP */) return iface;
    }
    return {};
}

bool is_public_ipv4(const std::string& address) {
    in_addr a{};
    if (inet_pton(AF_INET, address.c_str(), &a) != 1) return false;
    const std::uint32_t ip = ntohl(a.s_addr);
    auto in = [&](std::uint32_t net, int bits) { return (ip >> (32 - bits)) == (net >> (32 - bits)); };
    return !(ip == 0 || in(0x7F000000, 8) || in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) ||
             in(0xA9FE0000, 16) || in(0x64400000, 10) || in(0xE0000000, 4));
}

std::vector<Interface> ipv4_interfaces() {
    std::string ignored;
    const std::string def = default_route_interface(core::read_regular_file("/proc/net/route", 1 << 20, ignored).value_or(""));
    std::vector<Interface> out;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) != 0) return out;
    for (ifaddrs* i = list; i; i = i->ifa_next) {
        if (!i->ifa_addr || i->ifa_addr->sa_family != AF_INET || !(i->ifa_flags & IFF_UP)) continue;
        char buf[INET_ADDRSTRLEN] = {};
        inet_ntop(AF_INET, &reinterpret_cast<sockaddr_in*>(i->ifa_addr)->sin_addr, buf, sizeof buf);
        Interface it{i->ifa_name, buf, def == i->ifa_name, (i->ifa_flags & IFF_LOOPBACK) != 0, false};
        it.is_public = is_public_ipv4(it.address);
        out.push_back(it);
    }
    freeifaddrs(list);
    std::stable_sort(out.begin(), out.end(), [](const Interface& a, const Interface& b) {
        return std::make_pair(!a.default_route, a.loopback) < std::make_pair(!b.default_route, b.loopback);
    });
    return out;
}

std::string default_address() {
    for (const auto& i : ipv4_interfaces())
        if (i.default_route) return i.address;
    return "127.0.0.1";
}

bool parse_listen(const std::string& spec, std::string& address, int& port, std::string& error) {
    address.clear();
    std::string p = spec;
    if (const size_t colon = spec.rfind(':'); colon != std::string::npos) {
        address = spec.substr(0, colon);
        p = spec.substr(colon + 1);
        in_addr a{};
        if (inet_pton(AF_INET, address.c_str(), &a) != 1) {
            error = "'" + address + "' is geen IPv4-adres (bijvoorbeeld 127.0.0.1:8080)";
            return false;
        }
    }
    const auto number = core::parse_number<unsigned>(p);
    if (!number || *number > 65535) {
        error = "'" + spec + "' is geen poort: verwacht [ADRES:]POORT met een poort van 0 tot 65535";
        return false;
    }
    port = static_cast<int>(*number);
    return true;
}

}  // namespace lwp::stemkamer
