# Project-wide helpers: compiler warnings for every target, and one function to add a test.

function(contactdesk_set_warnings target)
    # Not -Wnull-dereference: with optimisation GCC 12 reports pointers from QHash::value() and
    # findChild() that the code has just checked or that cannot be null, differently per build type.
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
        -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
    if(CONTACTDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # float-cast-overflow is part of clang's "undefined" but not of GCC's; it catches a double
    # out of range converted to an integer (docs/FUZZING.md).
    if(CONTACTDESK_ASAN)
        target_compile_options(${target} PRIVATE
            -fsanitize=address,undefined,float-cast-overflow -fno-omit-frame-pointer)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined,float-cast-overflow)
    endif()
endfunction()

# contactdesk_add_test(NAME name SOURCES ... LIBS ... [LABELS ...] [GUI] [TIMEOUT s])
# Every test runs with a fixed locale, a private home and the offscreen platform.
function(contactdesk_add_test)
    cmake_parse_arguments(T "GUI" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${T_NAME} PRIVATE
        CONTACTDESK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        CONTACTDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        CONTACTDESK_BIN_DIR="${PROJECT_BINARY_DIR}/bin")
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF
        RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests/bin)
    contactdesk_set_warnings(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    if(CONTACTDESK_ASAN)
        # Instrumented code runs two to four times slower (docs/FUZZING.md).
        math(EXPR T_TIMEOUT "${T_TIMEOUT} * 4")
    endif()
    set(labels ${T_LABELS})
    if(T_GUI)
        list(APPEND labels gui)
    endif()
    set(environment QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=en_GB.UTF-8 TZ=Europe/London
        QT_LOGGING_RULES=contactdesk.*.debug=false)
    if(CONTACTDESK_ASAN)
        list(APPEND environment ${CONTACTDESK_SANITIZER_ENV})
    endif()
    set_tests_properties(${T_NAME} PROPERTIES
        TIMEOUT ${T_TIMEOUT}
        LABELS "${labels}"
        SKIP_REGULAR_EXPRESSION "\nSKIP   : "
        ENVIRONMENT "${environment}")
endfunction()
