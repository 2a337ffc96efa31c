#include <algorithm>

#include "extract/context.hpp"

namespace accord::detail {

// Trigger phrases match folded tokens; "*" stands for up to three tokens
// ("instructed * to" matches "instructed their foreign ministries to"), "+" for one to three
// ("signed on + a" matches "signed on Thursday a", not "signed on a").
std::vector<TriggerHit> find_triggers(const std::vector<Token>& t, const Lexicon& lex) {
    std::vector<TriggerHit> out;
    for (std::size_t i = 0; i < t.size(); ++i) {
        for (const Trigger* tp : lex.triggers_starting(t[i])) {
            const Trigger& trig = *tp;
            const auto& w = trig.words;
            std::size_t pos = i + 1, k = 1;
            bool ok = true;
            while (k < w.size() && ok) {
                if (w[k] == "*" || w[k] == "+") {
                    // find the next literal within three tokens ("+": at least one token between)
                    if (k + 1 >= w.size()) break;
                    bool found = false;
                    for (std::size_t skip = w[k] == "+" ? 1 : 0; skip <= 3 && pos + skip < t.size(); ++skip)
                        if (t[pos + skip].folded == w[k + 1]) {
                            pos += skip + 1;
                            k += 2;
                            found = true;
                            break;
                        }
                    ok = found;
                } else if (pos < t.size() && t[pos].folded == w[k]) {
                    ++pos;
                    ++k;
                } else {
                    ok = false;
                }
            }
            if (ok) out.push_back({&trig, i, pos});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const TriggerHit& a, const TriggerHit& b) {
        return a.b != b.b ? a.b < b.b : a.e > b.e;
    });
    return out;
}

}  // namespace accord::detail
