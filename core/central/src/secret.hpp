#pragma once
// Internal to kassa::central: the till's own password, made by `join` and kept in a file only the till's user
// reads (docs/security.md, "The central database").

#include <string>

namespace kassa::central::detail {

// The till's password in `path`: the one a join made before when the file is there (so joining again
// changes nothing), else a new one (32 bytes from libsodium's random source, 43 characters of base64url) in
// a new file, mode 0600, owned by the owner of `owner_like` (the shop file) when the caller is root, so that
// the till's user reads it and nobody else. Refuses a file that holds something else (password_file_foreign:
// the admin's password file given by mistake, say) and a file others may read.
std::string till_password(const std::string& path, const std::string& owner_like);

}  // namespace kassa::central::detail
