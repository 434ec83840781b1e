#pragma once
// Internal: reads one JSON object field by field, recording problems with their paths instead of throwing,
// and reports fields nobody asked for as unknown (a typo in a rules document must not be ignored silently).

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "kassa/core/rules.hpp"
#include "kassa/core/time.hpp"

namespace kassa::json::detail {

class Problems {
  public:
    void add(std::string path, RuleProblem problem, std::string reason, std::string value = {},
             std::int64_t low = 0, std::int64_t high = 0) {
        list_.push_back(RuleError{std::move(path), std::move(reason), problem, std::move(value), low, high});
    }
    // A number outside low..high.
    void out_of_range(std::string path, std::int64_t low, std::int64_t high) {
        add(std::move(path), RuleProblem::out_of_range,
            "must be between " + std::to_string(low) + " and " + std::to_string(high), {}, low, high);
    }
    [[nodiscard]] bool empty() const { return list_.empty(); }
    [[nodiscard]] std::size_t size() const { return list_.size(); }
    std::vector<RuleError>& list() { return list_; }

  private:
    std::vector<RuleError> list_;
};

class ObjectReader {
  public:
    ObjectReader(const nlohmann::json& value, std::string path, Problems& problems);
    // Reports every field that no getter asked for. Call once, after reading.
    ~ObjectReader();
    ObjectReader(const ObjectReader&) = delete;
    ObjectReader& operator=(const ObjectReader&) = delete;

    [[nodiscard]] bool valid() const { return object_ != nullptr; }
    [[nodiscard]] std::string path_of(const std::string& key) const {
        return path_.empty() ? key : path_ + "." + key;
    }
    [[nodiscard]] bool has(const std::string& key);
    // Marks a field as read without judging it (used when an earlier problem makes judging pointless).
    void accept(const std::string& key) { seen_.insert(key); }

    std::optional<std::int64_t> integer(const std::string& key, std::int64_t min, std::int64_t max,
                                        bool required = false);
    std::int64_t integer_or(const std::string& key, std::int64_t fallback, std::int64_t min,
                            std::int64_t max);
    std::optional<std::string> string(const std::string& key, bool required = false,
                                      std::size_t max_length = 200);
    bool boolean_or(const std::string& key, bool fallback);
    std::vector<std::string> strings(const std::string& key, std::size_t max_items = 10000);
    // nullptr when absent (or reported when present with the wrong type).
    const nlohmann::json* object(const std::string& key, bool required = false);
    const nlohmann::json* array(const std::string& key, bool required = false,
                                std::size_t max_items = 100000);
    std::optional<std::chrono::year_month_day> date(const std::string& key, bool required = false);
    // One of the given words.
    std::optional<std::string> choice(const std::string& key, std::initializer_list<const char*> words,
                                      bool required = false);
    std::optional<std::string> choice(const std::string& key, const std::vector<std::string>& words,
                                      bool required = false);

    Problems& problems() { return problems_; }

  private:
    const nlohmann::json* get(const std::string& key, bool required);
    const nlohmann::json* object_ = nullptr;
    std::string path_;
    Problems& problems_;
    std::set<std::string> seen_;
};

std::string index_path(const std::string& path, std::size_t index);

}  // namespace kassa::json::detail
