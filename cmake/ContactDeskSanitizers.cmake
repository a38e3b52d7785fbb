# Sanitizer builds. CONTACTDESK_ASAN instruments every target with AddressSanitizer and UBSan
# (contactdesk_set_warnings adds the flags) and runs the tests with the options below.
# CONTACTDESK_FUZZ builds the libFuzzer targets of tests/fuzz: clang only, and everything
# (our libraries too) is compiled with the fuzzer's coverage hooks, ASan and UBSan, with UB
# fatal so libFuzzer stops on it and keeps the input. See docs/FUZZING.md.

# Run-time options for the tests of a CONTACTDESK_ASAN build (contactdesk_add_test).
# halt_on_error: a UBSan report fails the test instead of scrolling past. Leaks are checked,
# with the suppressions file for what the system libraries under Qt keep until exit.
set(CONTACTDESK_SANITIZER_ENV
    "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1"
    "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/cmake/sanitizers/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=${PROJECT_SOURCE_DIR}/cmake/sanitizers/ubsan.supp")

if(CONTACTDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CONTACTDESK_FUZZ needs clang (libFuzzer): configure with "
                            "-DCMAKE_CXX_COMPILER=clang++-14; tools/fuzz.sh does this")
    endif()
    if(CONTACTDESK_ASAN)
        message(FATAL_ERROR "CONTACTDESK_FUZZ already builds with ASan and UBSan; "
                            "leave CONTACTDESK_ASAN off in the fuzz build")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
