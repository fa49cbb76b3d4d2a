# qm_qt_test(<name> LABEL <label> [TIMEOUT <s>] [LINK <libs>...] [SOURCES <files>...]
#            [NEEDS_MINER] [NEEDS_FAKE_NODE] [ASAN])
#
# One QtTest: <name>.cpp of the calling folder (plus SOURCES), linked with
# LINK, registered in CTest as <label>_<name> on the offscreen platform.
# Every test sees the project root on its include path ("tests/support/…"),
# QM_TEST_DATA_DIR and QM_SOURCE_DIR; NEEDS_MINER / NEEDS_FAKE_NODE add the
# path of quantus-miner / fake_quantus_node (QM_MINER_EXE, QM_FAKE_NODE_EXE)
# and build it first. ASAN: in a sanitizer build (QM_SANITIZE) the test also
# carries the label "asan", and any report fails it (LeakSanitizer included;
# tests/support/asan.supp would hold suppressions: none so far).
function(qm_qt_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "NEEDS_MINER;NEEDS_FAKE_NODE;ASAN" "LABEL;TIMEOUT" "LINK;SOURCES")
    if(NOT arg_LABEL)
        message(FATAL_ERROR "qm_qt_test(${name}): LABEL is required")
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 600)
    endif()
    add_executable(${name} ${name}.cpp ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE ${arg_LINK} Qt6::Test Qt6::Network qm_warnings)
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR})
    target_compile_definitions(${name} PRIVATE
        QM_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        QM_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    if(arg_NEEDS_MINER)
        target_compile_definitions(${name} PRIVATE QM_MINER_EXE="$<TARGET_FILE:quantus-miner>")
        add_dependencies(${name} quantus-miner)
    endif()
    if(arg_NEEDS_FAKE_NODE)
        target_compile_definitions(${name} PRIVATE QM_FAKE_NODE_EXE="$<TARGET_FILE:fake_quantus_node>")
        add_dependencies(${name} fake_quantus_node)
    endif()
    set(test_name ${arg_LABEL}_${name})
    add_test(NAME ${test_name} COMMAND ${name})
    set(labels ${arg_LABEL})
    set(environment "QT_QPA_PLATFORM=offscreen")
    if(arg_ASAN AND QM_SANITIZE)
        list(APPEND labels asan)
        list(APPEND environment
            "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1"
            "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
            "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/support/asan.supp")
    endif()
    set_tests_properties(${test_name} PROPERTIES LABELS "${labels}" TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "${environment}")
endfunction()
