# The gpu-cuda engine. QM_WITH_CUDA=AUTO builds it when nvcc is usable, ON
# requires it, OFF skips it. Sets QM_HAVE_CUDA; src/cuda/CMakeLists.txt (added
# from the top level) then builds the kernels into qm_cuda, which carries the
# compile definition QM_HAVE_CUDA=1 for everything that links it.
#
# nvcc is found through, in order: CMAKE_CUDA_COMPILER when given; env NVCC
# (authoritative when set: a wrong path is reported, not searched around);
# $CUDA_HOME/bin, $CUDA_PATH/bin; PATH; /usr/local/cuda/bin.
# CUDA_ARCH (cache variable or environment) picks the targets, e.g. "90",
# "86;90", "8.9" or "sm_120"; the default covers current cards: SASS for
# 7.5, 8.0, 8.6, 8.9, 9.0, 10.0 and 12.0, plus PTX of the newest (12.0).
# PTX only runs on its own architecture and newer, so 10.0 (B200) needs its
# own SASS.

set(QM_HAVE_CUDA OFF)
set(CUDA_ARCH "" CACHE STRING "CUDA architectures for the gpu-cuda kernels (empty: current cards)")
option(QM_CUDA_PTXAS_VERBOSE "Print ptxas register and spill counts while compiling the kernels" OFF)

set(_qm_cuda_problem "")
set(_qm_nvcc "")

if(QM_WITH_CUDA STREQUAL "OFF")
    set(_qm_cuda_problem "switched off")
elseif(NOT QM_WITH_CUDA MATCHES "^(AUTO|ON)$")
    message(FATAL_ERROR "QM_WITH_CUDA must be AUTO, ON or OFF, not '${QM_WITH_CUDA}'")
elseif(CMAKE_CUDA_COMPILER)
    set(_qm_nvcc "${CMAKE_CUDA_COMPILER}")
elseif(DEFINED ENV{NVCC} AND NOT "$ENV{NVCC}" STREQUAL "")
    set(_qm_nvcc "$ENV{NVCC}")
    if(NOT EXISTS "${_qm_nvcc}" OR IS_DIRECTORY "${_qm_nvcc}")
        set(_qm_cuda_problem "env NVCC=${_qm_nvcc} names no nvcc executable")
    endif()
else()
    foreach(_qm_root IN ITEMS "$ENV{CUDA_HOME}" "$ENV{CUDA_PATH}")
        if(NOT _qm_nvcc AND NOT _qm_root STREQUAL "" AND EXISTS "${_qm_root}/bin/nvcc")
            set(_qm_nvcc "${_qm_root}/bin/nvcc")
        endif()
    endforeach()
    if(NOT _qm_nvcc)
        find_program(_qm_nvcc_on_path nvcc NO_CACHE)
        if(_qm_nvcc_on_path)
            set(_qm_nvcc "${_qm_nvcc_on_path}")
        elseif(EXISTS "/usr/local/cuda/bin/nvcc")
            set(_qm_nvcc "/usr/local/cuda/bin/nvcc")
        else()
            set(_qm_cuda_problem "nvcc was not found (looked at env NVCC, CUDA_HOME, CUDA_PATH, PATH and /usr/local/cuda/bin)")
        endif()
    endif()
endif()

# Is it a working nvcc, and which version?
if(_qm_nvcc AND NOT _qm_cuda_problem)
    execute_process(COMMAND "${_qm_nvcc}" --version
        RESULT_VARIABLE _qm_rc OUTPUT_VARIABLE _qm_out ERROR_VARIABLE _qm_err TIMEOUT 60)
    if(NOT _qm_rc EQUAL 0)
        set(_qm_cuda_problem "'${_qm_nvcc} --version' failed (${_qm_rc}${_qm_err}): not a usable nvcc")
    elseif(NOT _qm_out MATCHES "release ([0-9]+)\\.([0-9]+)")
        set(_qm_cuda_problem "cannot read the CUDA version from '${_qm_nvcc} --version'")
    else()
        set(QM_CUDA_VERSION "${CMAKE_MATCH_1}.${CMAKE_MATCH_2}")
        if(QM_CUDA_VERSION VERSION_LESS 11.8)
            set(_qm_cuda_problem "nvcc ${QM_CUDA_VERSION} at ${_qm_nvcc} is too old (CUDA 11.8 or newer needed)")
        endif()
    endif()
endif()

# Target architectures: CUDA_ARCH as given, else the current cards that this
# nvcc knows.
if(NOT _qm_cuda_problem)
    set(_qm_arch "${CUDA_ARCH}")
    if(_qm_arch STREQUAL "" AND DEFINED ENV{CUDA_ARCH})
        set(_qm_arch "$ENV{CUDA_ARCH}")
    endif()
    if(_qm_arch STREQUAL "")
        if(QM_CUDA_VERSION VERSION_GREATER_EQUAL 12.8)
            set(QM_CUDA_ARCHITECTURES 75-real 80-real 86-real 89-real 90-real 100-real 120)
        else()
            set(QM_CUDA_ARCHITECTURES 75-real 80-real 86-real 89-real 90)
        endif()
    else()
        string(REGEX REPLACE "[ ,]+" ";" _qm_arch "${_qm_arch}")
        set(QM_CUDA_ARCHITECTURES "")
        foreach(_qm_a IN LISTS _qm_arch)
            if(_qm_a STREQUAL "")
                continue()
            endif()
            string(REGEX REPLACE "^(sm_|compute_)" "" _qm_a "${_qm_a}")
            string(REPLACE "." "" _qm_a "${_qm_a}")
            if(NOT _qm_a MATCHES "^[0-9]+[af]?(-real|-virtual)?$")
                message(FATAL_ERROR "CUDA_ARCH: '${_qm_a}' is not an architecture (examples: 90, 8.6, sm_120, 90-real)")
            endif()
            list(APPEND QM_CUDA_ARCHITECTURES "${_qm_a}")
        endforeach()
    endif()
    list(GET QM_CUDA_ARCHITECTURES 0 _qm_first)
    string(REGEX REPLACE "-(real|virtual)$" "" _qm_first "${_qm_first}")

    # Compile a trivial kernel: catches an nvcc that cannot use this host
    # compiler or does not know the first architecture.
    set(_qm_probe_dir "${CMAKE_BINARY_DIR}/CMakeFiles/QmCudaProbe")
    file(MAKE_DIRECTORY "${_qm_probe_dir}")
    file(WRITE "${_qm_probe_dir}/probe.cu" "__global__ void probe(int* p) { *p = 1; }\n")
    execute_process(COMMAND "${_qm_nvcc}" -ccbin "${CMAKE_CXX_COMPILER}" -arch=sm_${_qm_first}
            -c probe.cu -o probe.o
        WORKING_DIRECTORY "${_qm_probe_dir}"
        RESULT_VARIABLE _qm_rc OUTPUT_VARIABLE _qm_out ERROR_VARIABLE _qm_err TIMEOUT 120)
    if(NOT _qm_rc EQUAL 0)
        string(STRIP "${_qm_out}${_qm_err}" _qm_err)
        set(_qm_cuda_problem "nvcc ${QM_CUDA_VERSION} at ${_qm_nvcc} cannot compile for sm_${_qm_first} with ${CMAKE_CXX_COMPILER}: ${_qm_err}")
    endif()
endif()

if(_qm_cuda_problem)
    if(QM_WITH_CUDA STREQUAL "ON")
        message(FATAL_ERROR "QM_WITH_CUDA=ON, but the gpu-cuda engine cannot be built: ${_qm_cuda_problem}. "
            "Point NVCC or CUDA_HOME at a CUDA toolkit, or configure with -DQM_WITH_CUDA=AUTO or OFF.")
    endif()
    message(STATUS "gpu-cuda engine: NOT built: ${_qm_cuda_problem} (QM_WITH_CUDA=${QM_WITH_CUDA}); "
        "--engine gpu-cuda will warn and mine with cpu-fast")
else()
    set(CMAKE_CUDA_COMPILER "${_qm_nvcc}" CACHE FILEPATH "nvcc for the gpu-cuda kernels")
    set(CMAKE_CUDA_HOST_COMPILER "${CMAKE_CXX_COMPILER}" CACHE FILEPATH "Host compiler nvcc uses")
    set(CMAKE_CUDA_ARCHITECTURES "${QM_CUDA_ARCHITECTURES}")
    enable_language(CUDA)
    find_package(CUDAToolkit REQUIRED)
    set(QM_HAVE_CUDA ON)
    list(JOIN QM_CUDA_ARCHITECTURES " " QM_CUDA_ARCHITECTURES_TEXT)
    message(STATUS "gpu-cuda engine: built with nvcc ${QM_CUDA_VERSION} (${CMAKE_CUDA_COMPILER}) for ${QM_CUDA_ARCHITECTURES_TEXT}")
endif()

