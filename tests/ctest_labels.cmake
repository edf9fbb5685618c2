# Run by CTest each time it loads the tests (after doctest's discovered entries): gives every
# doctest case the label and timeout of its suite. The suites are lists of test files
# (CMakeLists.txt, LWP_SUITE_FILES_*); each test binary (LWP_TESTS: core, scripting, ui) says
# which cases of those files it holds.
set(lwp_pairs ${LWP_SUITE_TIMEOUTS})
while(lwp_pairs)
    list(POP_FRONT lwp_pairs suite timeout)
    math(EXPR timeout "${timeout} * ${LWP_TIMEOUT_SCALE}")
    foreach(binary IN LISTS LWP_TESTS)
        if(NOT EXISTS "${binary}")
            continue()  # not built yet: doctest's include file registers a NOT_BUILT entry instead
        endif()
        execute_process(COMMAND "${binary}" --list-test-cases "${LWP_SUITE_FILTER_${suite}}"
                        OUTPUT_VARIABLE listing RESULT_VARIABLE status)
        if(NOT status EQUAL 0)
            message(WARNING "${binary} --list-test-cases failed (${status}): no labels for ${suite}")
            continue()
        endif()
        string(REPLACE "\n" ";" lines "${listing}")
        foreach(name IN LISTS lines)
            if(name STREQUAL "" OR name MATCHES "^=+$" OR name MATCHES "^\\[doctest\\] ")
                continue()
            endif()
            set_tests_properties("${name}" PROPERTIES LABELS ${suite} TIMEOUT ${timeout})
        endforeach()
    endforeach()
endwhile()
