# The gpu-cuda engine. QM_WITH_CUDA=AUTO builds it when nvcc is usable, ON
# requires it, OFF skips it. Filled in by the CUDA engine; until then the
# option is declared and reported.
set(QM_HAVE_CUDA OFF)
if(QM_WITH_CUDA STREQUAL "ON")
    message(FATAL_ERROR "QM_WITH_CUDA=ON: the gpu-cuda engine is not part of this source tree yet")
endif()
message(STATUS "gpu-cuda engine: not built (QM_WITH_CUDA=${QM_WITH_CUDA})")
