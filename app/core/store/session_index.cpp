#include "core/store/session_index.hpp"

#include <algorithm>
#include <map>
#include <sstream>
#include <stdexcept>

#include "core/model/about.hpp"
#include "core/model/building_blocks.hpp"
#include "core/store/folder.hpp"

// The same parse flags as every other reader of cereal JSON (see core/store/persistence.cpp).
#define RAPIDJSON_PARSE_DEFAULT_FLAGS kParseNanAndInfFlag
#include <cereal/archives/json.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

namespace lwp::core {

namespace {

constexpr const char* kIndexRoot = "leerwerkplaats_sessie_index";

// One building block's score as stored: by its id, so the file does not depend on the catalogue's
// order. Blocks the case does not train are left out (they are all zero).
struct StoredBlock {
    std::string id;
    double earned = 0, max = 0;
    int met = 0, missed = 0, pending = 0, not_assessed = 0, errors = 0;
    template <class Archive>
    void serialize(Archive& ar) {
        ar(cereal::make_nvp("id", id), cereal::make_nvp("earned", earned), cereal::make_nvp("max", max), cereal::make_nvp("met", met),
           cereal::make_nvp("missed", missed), cereal::make_nvp("pending", pending), cereal::make_nvp("not_assessed", not_assessed),
           cereal::make_nvp("errors", errors));
    }
};

struct StoredEntry {
    SessionSummary s;
    template <class Archive>
    void save(Archive& ar) const {
        std::vector<StoredBlock> blocks;
        for (const auto& b : s.blocks)
            if (b.trained() || b.max > 0)
                blocks.push_back({std::string(b.block), b.earned, b.max, b.met, b.missed, b.pending, b.not_assessed, b.errors});
        fields(ar, const_cast<SessionSummary&>(s), blocks);
    }
    template <class Archive>
    void load(Archive& ar) {
        std::vector<StoredBlock> blocks;
        fields(ar, s, blocks);
        s.blocks.clear();
        if (!s.replayed) return;
        for (const auto& b : building_blocks()) s.blocks.push_back({b.id, b.pillar});
        for (const auto& stored : blocks) {
            auto it = std::find_if(s.blocks.begin(), s.blocks.end(), [&](const BlockScore& b) { return b.block == stored.id; });
            if (it == s.blocks.end()) throw std::runtime_error("onbekende bouwsteen '" + stored.id + "' in het overzicht");
            it->earned = stored.earned, it->max = stored.max, it->met = stored.met, it->missed = stored.missed;
            it->pending = stored.pending, it->not_assessed = stored.not_assessed, it->errors = stored.errors;
        }
    }
    template <class Archive>
    static void fields(Archive& ar, SessionSummary& s, std::vector<StoredBlock>& blocks) {
        ar(cereal::make_nvp("file", s.file), cereal::make_nvp("id", s.id), cereal::make_nvp("scenario_id", s.scenario_id),
           cereal::make_nvp("scenario_version", s.scenario_version), cereal::make_nvp("created", s.created),
           cereal::make_nvp("updated", s.updated), cereal::make_nvp("actions", s.actions), cereal::make_nvp("size", s.stamp.size),
           cereal::make_nvp("mtime_ns", s.stamp.mtime_ns), cereal::make_nvp("replayed", s.replayed),
           cereal::make_nvp("scenario_hash", s.scenario_hash), cereal::make_nvp("finished", s.finished),
           cereal::make_nvp("assessed", s.assessed), cereal::make_nvp("total", s.total), cereal::make_nvp("blocks", blocks));
        s.stamp.exists = true;
    }
};

struct StoredIndex {
    std::string program;
    std::vector<StoredEntry> sessions;
    template <class Archive>
    void serialize(Archive& ar, std::uint32_t version) {
        if (version > 1) throw std::runtime_error("overzicht is versie " + std::to_string(version) + ", dit programma kent t/m versie 1");
        ar(cereal::make_nvp("program", program), cereal::make_nvp("sessions", sessions));
    }
};

bool known_case(const ScenarioLookup& lookup, const std::string& id, const Scenario*& sc, ScriptHost*& host) {
    sc = nullptr;
    host = nullptr;
    return lookup && lookup(id, sc, host) && sc;
}

}  // namespace

}  // namespace lwp::core

CEREAL_CLASS_VERSION(lwp::core::StoredIndex, 1)

namespace lwp::core {

fs::path session_index_file(const DataDir& dir) { return dir.sessions() / kSessionIndexName; }

SessionSummary summarise_session(const Session& session, const std::string& file, const FileStamp& stamp,
                                 const ScenarioLookup& lookup) {
    SessionSummary s;
    s.file = file;
    s.id = session.id;
    s.scenario_id = session.scenario_id;
    s.scenario_version = session.scenario_version;
    s.created = session.created;
    s.updated = session.updated;
    s.actions = session.actions.size();
    s.stamp = stamp;
    const Scenario* sc = nullptr;
    ScriptHost* host = nullptr;
    if (!known_case(lookup, session.scenario_id, sc, host)) return s;
    const ReplayResult r = replay(*sc, host, session);
    ScoreReport report = score(*sc, r.state, host);
    s.replayed = true;
    s.scenario_hash = sc->content_hash;
    s.finished = r.state.finished();
    s.assessed = report.max > 0;
    s.total = report.fraction();
    s.blocks = std::move(report.blocks);
    return s;
}

bool summary_current(const SessionSummary& s, const FileStamp& stamp, const ScenarioLookup& lookup) {
    if (!stamp.exists || !(s.stamp == stamp)) return false;
    const Scenario* sc = nullptr;
    ScriptHost* host = nullptr;
    // A case that is not loaded now gives nothing to replay against: the entry stays until it is.
    if (!known_case(lookup, s.scenario_id, sc, host)) return true;
    return s.replayed && s.scenario_hash == sc->content_hash;
}

std::string session_index_to_json(const std::vector<SessionSummary>& entries, const std::string& program) {
    StoredIndex index{program, {}};
    index.sessions.reserve(entries.size());
    for (const auto& e : entries) index.sessions.push_back({e});
    std::ostringstream out;
    {
        cereal::JSONOutputArchive ar(out, cereal::JSONOutputArchive::Options::NoIndent());
        ar(cereal::make_nvp(kIndexRoot, index));
    }
    return out.str();
}

std::optional<SessionIndexFile> session_index_from_json(const std::string& json, std::string& error) {
    if (!precheck_json(json, error)) return std::nullopt;
    try {
        std::istringstream in(json);
        cereal::JSONInputArchive ar(in);
        StoredIndex index;
        ar(cereal::make_nvp(kIndexRoot, index));
        SessionIndexFile out{std::move(index.program), {}};
        for (auto& e : index.sessions) {
            if (!plain_file_name(e.s.file)) throw std::runtime_error("ongeldige bestandsnaam in het overzicht");
            out.entries.push_back(std::move(e.s));
        }
        return out;
    } catch (const std::exception& e) {
        error = std::string("overzicht van de sessies is beschadigd (technisch: ") + e.what() + ")";
    }
    return std::nullopt;
}

SessionIndexRefresh refresh_session_index(const DataDir& dir, const ScenarioLookup& lookup) {
    SessionIndexRefresh out;
    const fs::path index_path = session_index_file(dir);
    std::map<std::string, SessionSummary> known;  // by file name
    std::error_code ec;
    const bool had_index = fs::symlink_status(index_path, ec).type() != fs::file_type::not_found;
    bool changed = false;
    if (had_index) {
        std::string error;
        std::optional<SessionIndexFile> index;
        if (auto bytes = read_file(index_path, error)) index = session_index_from_json(*bytes, error);
        if (!index) {
            // Damaged: kept aside, like a damaged session, and rebuilt from the sessions below.
            std::string move_error;
            out.index_moved_to = quarantine(index_path, dir.damaged(), move_error);
            out.index_error = error + (out.index_moved_to.empty() ? " (" + move_error + ")" : "");
            changed = true;
        } else if (index->program != version()) {
            changed = true;  // written by another version (which may score differently): all stale
        } else {
            for (auto& e : index->entries) {
                const std::string name = e.file;
                known[name] = std::move(e);
            }
        }
    }
    FolderListing folder = list_folder(dir.sessions(), ".json");
    for (const auto& skipped : folder.skipped) out.problems.push_back(skipped.str());
    std::size_t reused = 0;
    for (const auto& file : folder.files) {
        const std::string name = file.filename().string();
        const FileStamp stamp = file_stamp(file);  // before reading: a later change makes it stale again
        if (auto it = known.find(name); it != known.end() && summary_current(it->second, stamp, lookup)) {
            out.sessions.push_back(std::move(it->second));
            ++reused;
            continue;
        }
        changed = true;
        LoadedSession loaded = load_session(file, dir.damaged());
        if (!loaded.session) {
            out.problems.push_back(loaded.error);
            continue;
        }
        out.sessions.push_back(summarise_session(*loaded.session, name, stamp, lookup));
        ++out.summarised;
    }
    if (reused != known.size()) changed = true;  // entries of files that are gone
    std::sort(out.sessions.begin(), out.sessions.end(), [](const SessionSummary& a, const SessionSummary& b) {
        return a.updated != b.updated ? a.updated > b.updated : a.id > b.id;
    });
    if (changed && (had_index || !out.sessions.empty())) {
        std::string error;
        if (write_file_atomic(index_path, session_index_to_json(out.sessions, std::string(version())), error)) out.written = true;
        else if (out.index_error.empty()) out.index_error = error;
    }
    return out;
}

std::vector<SessionScore> session_scores(const std::vector<SessionSummary>& summaries, const ScenarioLookup& lookup) {
    std::vector<SessionScore> out;
    out.reserve(summaries.size());
    // A year of sessions is a few cases many times: each case is looked up once.
    std::vector<std::pair<const std::string*, const Scenario*>> cases;
    for (const auto& s : summaries) {
        if (!s.replayed || !s.assessed) continue;
        auto it = std::find_if(cases.begin(), cases.end(), [&](const auto& c) { return *c.first == s.scenario_id; });
        if (it == cases.end()) {
            const Scenario* sc = nullptr;
            ScriptHost* host = nullptr;
            cases.emplace_back(&s.scenario_id, known_case(lookup, s.scenario_id, sc, host) ? sc : nullptr);
            it = cases.end() - 1;
        }
        if (!it->second || s.scenario_hash != it->second->content_hash) continue;
        out.push_back({s.id, s.scenario_id, s.updated, s.finished, s.total, s.blocks});
    }
    return out;
}

}  // namespace lwp::core
