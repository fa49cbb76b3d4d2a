# Warnings every project target builds with; the tree stays warning-free on g++ 12.
add_library(qm_warnings INTERFACE)
target_compile_options(qm_warnings INTERFACE
    $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough>)
