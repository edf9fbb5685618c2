#include "stemkamer/qr.hpp"

#include <qrencode.h>

namespace lwp::stemkamer {

QrCode make_qr(const std::string& text) {
    QrCode out;
    QRcode* code = QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M);
    if (!code) return out;
    out.size = code->width;
    out.modules.resize(static_cast<size_t>(code->width) * static_cast<size_t>(code->width));
    for (size_t i = 0; i < out.modules.size(); ++i) out.modules[i] = (code->data[i] & 1) != 0;
    QRcode_free(code);
    return out;
}

std::vector<unsigned char> qr_pixels(const QrCode& qr, int scale, int& side) {
    side = (qr.size + 2 * kQuietZone) * scale;
    std::vector<unsigned char> px(static_cast<size_t>(side) * static_cast<size_t>(side), 255);
    for (int y = 0; y < qr.size; ++y)
        for (int x = 0; x < qr.size; ++x)
            if (qr.dark(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    for (int dx = 0; dx < scale; ++dx)
                        px[static_cast<size_t>((y + kQuietZone) * scale + dy) * static_cast<size_t>(side) +
                           static_cast<size_t>((x + kQuietZone) * scale + dx)] = 0;
    return px;
}

}  // namespace lwp::stemkamer
