// The English sentences of the central database's problems, for kassactl and the logs.

#include "kassa/central/central.hpp"

namespace kassa::central {

std::string english_sentence(CentralProblem problem, const std::string& value) {
    switch (problem) {
        case CentralProblem::unreachable:
            return "The office database at " + value +
                   " does not answer: nothing was lost, the till keeps its rows and the next sync sends "
                   "them.";
        case CentralProblem::login_refused:
            return "The office database refused the login of \"" + value +
                   "\": check the user name and the password file.";
        case CentralProblem::bad_url:
            return "That is not an address of a PostgreSQL database (" + value + ").";
        case CentralProblem::password_in_url:
            return "The address holds a password: give the address without it and the password in a file "
                   "(--password-file), so it is in no command line and no log.";
        case CentralProblem::password_file_unreadable:
            return "The password file " + value + " cannot be read.";
        case CentralProblem::password_file_open_to_others:
            return "The password file " + value +
                   " can be read by other users: make it the owner's only (chmod 600 " + value + ").";
        case CentralProblem::not_initialised:
            return "The office database has no Kassa schema yet: run kassactl central init first.";
        case CentralProblem::newer_schema:
            return "The office database was upgraded by a newer Kassa (schema " + value +
                   "): install the newer Kassa on this till.";
        case CentralProblem::name_invalid:
            return "A name must have 1 to 100 characters (\"" + value + "\").";
        case CentralProblem::company_exists:
            return "There is already a company called \"" + value + "\".";
        case CentralProblem::no_such_company:
            return "There is no company \"" + value + "\" in the office database.";
        case CentralProblem::shop_exists:
            return "The company already has a shop called \"" + value + "\".";
        case CentralProblem::no_such_shop:
            return "There is no shop \"" + value + "\" in the office database.";
        case CentralProblem::shop_ambiguous:
            return "Several companies have a shop called \"" + value + "\": give the shop's id.";
        case CentralProblem::till_taken:
            return "The shop already has another till called \"" + value + "\": choose another name.";
        case CentralProblem::not_a_member:
            return "This shop file is not a till of an office database: join it first (kassactl central "
                   "join).";
        case CentralProblem::already_member:
            return "This shop file is already " + value + ": it cannot join as another till.";
        case CentralProblem::unknown_till:
            return "The office database does not know this till (" + value +
                   "): run kassactl central join for it again, with the office database it joined.";
        case CentralProblem::disk_full:
            return "The office database's disk is full: nothing was lost, the next sync sends the rows.";
        case CentralProblem::server_refused:
            return "The office database refused the request (" + value + ").";
        case CentralProblem::tls_refused:
            return "The office database at " + value +
                   " answers, but not with a certificate this till trusts (or without TLS): check "
                   "sslrootcert "
                   "in the address and the server's certificate. Nothing was sent; the till keeps its rows.";
        case CentralProblem::wrong_till_login:
            return "The office database's login \"" + value +
                   "\" belongs to another till: this till must use its own password file. Nothing was sent; "
                   "run kassactl central join for this till again.";
        case CentralProblem::password_file_unwritable:
            return "The till's password file " + value +
                   " cannot be made: check that its folder exists and "
                   "can be written.";
        case CentralProblem::password_file_foreign:
            return "The file " + value +
                   " is not a till password kassactl central join made (is it the admin's?): give another "
                   "path for the till's password file.";
        case CentralProblem::no_such_till:
            return "The shop has no till \"" + value + "\" in the office database.";
        case CentralProblem::company_needed:
            return "The office database holds several companies: say which one (--company NAME).";
        case CentralProblem::period_reversed:
            return "The period " + value + " ends before it begins.";
    }
    return "The office database failed.";
}

CentralError::CentralError(CentralProblem problem, std::string value)
    : std::runtime_error(english_sentence(problem, value)), problem_(problem), value_(std::move(value)) {}

}  // namespace kassa::central
