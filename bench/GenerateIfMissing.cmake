# cmake -DGENERATOR=… -DOUTPUT=… -DPEOPLE=… -DEVENTS=… -DATTENDANCE=… -DSEED=… -P GenerateIfMissing.cmake
# Runs renkei-generate unless OUTPUT already exists.
if(EXISTS "${OUTPUT}")
    message(STATUS "Using the existing benchmark database ${OUTPUT}")
    return()
endif()
message(STATUS "Generating the benchmark database ${OUTPUT}")
execute_process(
    COMMAND "${GENERATOR}" --people ${PEOPLE} --events ${EVENTS} --attendance ${ATTENDANCE}
            --seed ${SEED} -o "${OUTPUT}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(REMOVE "${OUTPUT}" "${OUTPUT}-wal" "${OUTPUT}-shm")
    message(FATAL_ERROR "renkei-generate failed (${result})")
endif()
