#include "core/store/catalogue.hpp"

#include <cstdio>

#include "core/store/runtime_dirs.hpp"

namespace lwp::core {

const Messages& catalogue() {
    static const Messages loaded = [] {
        std::vector<Diagnostic> problems;
        Messages m = Messages::load_dir(asset_path("i18n"), problems);
        for (const auto& d : problems) std::fprintf(stderr, "%s\n", d.str().c_str());
        return m;
    }();
    return loaded;
}

std::string phrase_text(const Phrase& phrase, Lang lang) {
    if (phrase.key.empty()) return phrase.text.get(lang);
    std::vector<std::string> args;
    args.reserve(phrase.args.size());
    for (const Phrase& a : phrase.args) args.push_back(phrase_text(a, lang));
    return format_message(message(lang_code(lang), phrase.key), args);
}

}  // namespace lwp::core
