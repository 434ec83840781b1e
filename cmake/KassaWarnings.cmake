# kassa_set_warnings(target): the warning set every Kassa target builds with.
function(kassa_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion
                                             -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual)
    if(KASSA_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
