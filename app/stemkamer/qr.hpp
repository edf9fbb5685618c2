// The join address as a QR code (libqrencode): a square of modules, dark = true. Drawn dark on
// light with a quiet zone of kQuietZone modules (light on dark did not decode in a round trip).
#pragma once

#include <string>
#include <vector>

namespace lwp::stemkamer {

inline constexpr int kQuietZone = 4;

struct QrCode {
    int size = 0;  // modules per side, without the quiet zone; 0 when encoding failed
    std::vector<bool> modules;  // size * size, row by row
    bool dark(int x, int y) const { return modules[static_cast<size_t>(y) * static_cast<size_t>(size) + static_cast<size_t>(x)]; }
};

QrCode make_qr(const std::string& text);
// Grey pixels (0 dark, 255 light) with the quiet zone, `scale` pixels per module: for tests and
// for reading back.
std::vector<unsigned char> qr_pixels(const QrCode& qr, int scale, int& side);

}  // namespace lwp::stemkamer
