// eind, eind_velden: the end-situation board.
#include <algorithm>

#include "core/assess/kinds/helpers.hpp"
#include "core/assess/kinds/kinds.hpp"

namespace lwp::core::kinds {

namespace {

using K = Check::Kind;

bool end_open(const Evaluation& e, const Check&) { return e.st.analysis.board_open("eindsituatie"); }

// eind: an item of each kind on the end-situation board.
void read_items(FieldReader& f, const std::string&, CheckParts& parts) {
    if (auto v = f.list("eind"); !v.empty()) parts.add(K::EndItems, v);
}

void validate_items(const Check& c, CheckValidation& v) {
    for (const auto& f : c.refs) v.need(find_term(end_item_kinds(), f) != nullptr, "e soort eindsituatie", f);
}

CheckOutcome eval_items(Evaluation& e, const Check& c) {
    const Analysis& an = e.st.analysis;
    CheckOutcome o;
    o.met = true;
    for (const auto& kind : c.refs) {
        auto it = std::find_if(an.end.items.begin(), an.end.items.end(), [&](const EndItem& i) { return i.kind == kind; });
        const Phrase name = term_text(end_item_kinds(), kind);
        if (it != an.end.items.end()) o.evidence.emplace_back(created_by(*it), phrase("score.evidence_end_item", "%s: ‘%s’", {name, it->text}));
        else {
            o.met = false;
            o.evidence.emplace_back(kNoAction, phrase("score.evidence_missing", "Ontbreekt: %s", {name}));
        }
    }
    return o;
}

// eind_velden: the named fields of the end situation filled in.
void read_fields(FieldReader& f, const std::string&, CheckParts& parts) {
    if (auto v = f.list("eind_velden"); !v.empty()) parts.add(K::EndFields, v);
}

void validate_fields(const Check& c, CheckValidation& v) {
    for (const auto& f : c.refs) v.need(find_term(end_fields(), f) != nullptr, " veld van de eindsituatie", f);
}

CheckOutcome eval_fields(Evaluation& e, const Check& c) { return filled_fields(c, e.st.analysis.end.fields, end_fields()); }

}  // namespace

extern const KindOps ops_EndItems{read_items, validate_items, eval_items, end_open};
extern const KindOps ops_EndFields{read_fields, validate_fields, eval_fields, end_open};

}  // namespace lwp::core::kinds
