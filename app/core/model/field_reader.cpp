// Readers of DSL parts that several constructs share, over core::FieldReader (field_reader.hpp).
#include "core/model/field_reader.hpp"

#include "core/model/scenario.hpp"

namespace lwp::core {

bool read_history_test(FieldReader& f, const std::string& where, HistoryTest& h) {
    bool ok = false;
    f.table("verloop", "verloop in " + where, "verloop", [&](FieldReader& v) {
        h.var = v.str("variabele");
        const bool taxatie = v.boolean("taxatie", false);
        ok = true;
        if (h.var.empty() == !taxatie) {
            v.error("verloop in " + where + " noemt precies één van 'variabele' (een meter) en 'taxatie = true'");
            ok = false;
        }
        bool any = false, present = false;
        h.ever_below = v.num("ooit_onder", 1e300, &present), any = any || present;
        h.ever_above = v.num("ooit_boven", -1e300, &present), any = any || present;
        h.never_below = v.num("nooit_onder", -1e300, &present), any = any || present;
        h.never_above = v.num("nooit_boven", 1e300, &present), any = any || present;
        h.fell_since = v.str("gedaald_sinds");
        h.rose_since = v.str("gestegen_sinds");
        any = any || !h.fell_since.empty() || !h.rose_since.empty();
        if (!any) {
            v.error("verloop in " + where + " heeft een toets nodig: ooit_onder, ooit_boven, nooit_onder, nooit_boven, gedaald_sinds of gestegen_sinds");
            ok = false;
        }
    });
    return ok;
}

}  // namespace lwp::core
