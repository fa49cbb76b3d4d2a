# One version for the whole project: the CMake project version, with
# `git describe` appended for development builds from a checkout.
set(QM_VERSION "${PROJECT_VERSION}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/.git")
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
        WORKING_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
        OUTPUT_VARIABLE QM_GIT_DESCRIBE
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET)
    if(QM_GIT_DESCRIBE AND NOT QM_GIT_DESCRIBE STREQUAL "v${PROJECT_VERSION}")
        set(QM_VERSION "${PROJECT_VERSION}+git.${QM_GIT_DESCRIBE}")
    endif()
endif()
message(STATUS "Quantus Miner version ${QM_VERSION}")
