// Where the stemkamer listens (issue 18.4): the machine's IPv4 addresses, the one of the default
// route's interface (found in /proc/net/route and getifaddrs), and whether an address is public.
#pragma once

#include <string>
#include <vector>

namespace lwp::stemkamer {

struct Interface {
    std::string name;     // "wlan0"
    std::string address;  // "192.168.1.20"
    bool default_route = false;
    bool loopback = false;
    bool is_public = false;  // reachable from the internet: only after a warning
};

// The interface of the default route in the text of /proc/net/route ("" when there is none).
std::string default_route_interface(const std::string& proc_net_route);
// Every IPv4 address of this machine, the default route's first, loopback last.
std::vector<Interface> ipv4_interfaces();
// Not loopback, private (10/8, 172.16/12, 192.168/16), link-local, shared (100.64/10) or unspecified.
bool is_public_ipv4(const std::string& address);
// The address the stemkamer listens on by default: the default route's, else loopback.
std::string default_address();
// "[ADDRESS:]PORT" → address (empty when not given) and port 0..65535. False with an error text.
bool parse_listen(const std::string& spec, std::string& address, int& port, std::string& error);

}  // namespace lwp::stemkamer
