#pragma once
// Which saved rules version a till uses (docs/sync.md, "Rules, catalog and cashiers"): the newest of its
// shop's own versions if the owner saved one for its shop, else the newest of the company's and of the
// versions saved here before the file joined an office database. "Newest" is the greatest hybrid logical
// clock stamp (hlc, text ordered as the stamps are), so every till of a shop picks the same version
// whatever order the versions arrived in and whatever the tills' clocks say.

namespace kassa::store::detail {

// The till part of the stamp of a version saved in a file that is no member (it has no till id yet).
inline constexpr const char* kLocalRulesTill = "local";

// The current version's columns: `SELECT id, document` + kCurrentRulesFrom.
inline constexpr const char* kCurrentRulesFrom =
    " FROM rules_versions WHERE scope <> 'shop' OR shop_id = (SELECT shop_id FROM sync_membership) "
    "ORDER BY scope = 'shop' DESC, hlc DESC, id DESC LIMIT 1";

}  // namespace kassa::store::detail
