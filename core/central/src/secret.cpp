// The till's own password file (secret.hpp).

#include "secret.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <cerrno>

#include "kassa/central/central.hpp"
#include "pg.hpp"

namespace kassa::central::detail {

namespace {

constexpr std::size_t kRandomBytes = 32;
// sodium_base64_ENCODED_LEN(32, URLSAFE_NO_PADDING) without its terminating zero.
constexpr std::size_t kPasswordLength = 43;

bool looks_made_by_join(const std::string& password) {
    if (password.size() != kPasswordLength) {
        return false;
    }
    for (const char c : password) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::string new_password() {
    if (sodium_init() < 0) {
        throw CentralError(CentralProblem::password_file_unwritable, "libsodium");
    }
    std::array<unsigned char, kRandomBytes> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    std::array<char, sodium_base64_ENCODED_LEN(kRandomBytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)>
        text{};
    sodium_bin2base64(text.data(), text.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    sodium_memzero(bytes.data(), bytes.size());
    std::string password(text.data());
    sodium_memzero(text.data(), text.size());
    return password;
}

// O_EXCL: an existing file (or a link planted in its place) is never written through.
void write_new_file(const std::string& path, const std::string& password, const std::string& owner_like) {
    const int fd =
        ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        throw CentralError(CentralProblem::password_file_unwritable, path);
    }
    bool ok = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0;  // whatever the umask left
    struct stat owner {};
    if (ok && ::geteuid() == 0 && ::stat(owner_like.c_str(), &owner) == 0) {
        ok = ::fchown(fd, owner.st_uid, owner.st_gid) == 0;
    }
    const std::string line = password + "\n";
    std::size_t written = 0;
    while (ok && written < line.size()) {
        const ssize_t n = ::write(fd, line.data() + written, line.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        ok = n > 0;
        written += ok ? static_cast<std::size_t>(n) : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    std::string copy = line;
    wipe(copy);
    if (!ok) {
        ::unlink(path.c_str());
        throw CentralError(CentralProblem::password_file_unwritable, path);
    }
}

}  // namespace

std::string till_password(const std::string& path, const std::string& owner_like) {
    struct stat info {};
    if (::lstat(path.c_str(), &info) == 0) {
        if (!S_ISREG(info.st_mode)) {
            throw CentralError(CentralProblem::password_file_foreign, path);
        }
        std::string password = read_password(path);
        if (!looks_made_by_join(password)) {
            wipe(password);
            throw CentralError(CentralProblem::password_file_foreign, path);
        }
        return password;
    }
    std::string password = new_password();
    write_new_file(path, password, owner_like);
    return password;
}

}  // namespace kassa::central::detail
