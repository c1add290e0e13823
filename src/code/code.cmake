# Stage 4, code (included from src/CMakeLists.txt). The verb dictionary and the
# CAMEO code table (data/verbs, data/cameo) are embedded into libcasus at build
# time and parsed when a Coder is created; a unit test checks that the built-in
# files load with no warnings, so a broken dictionary fails CI, not users.
file(GLOB CASUS_VERB_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/data/verbs/*.txt)
list(SORT CASUS_VERB_FILES)
set(CASUS_CODE_DATA_FILES ${PROJECT_SOURCE_DIR}/data/cameo/codes.txt ${CASUS_VERB_FILES})
set(CASUS_CODE_DATA_CC ${CMAKE_CURRENT_BINARY_DIR}/generated/code/code_data.cc)
add_custom_command(
  OUTPUT ${CASUS_CODE_DATA_CC}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated/code
  COMMAND ${CMAKE_COMMAND} -DOUT=${CASUS_CODE_DATA_CC} -DSYMBOL=kCodeDataFiles
          "-DFILES=${CASUS_CODE_DATA_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
  DEPENDS ${CASUS_CODE_DATA_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_files.cmake
  COMMENT "Embedding the verb dictionary and CAMEO code table"
  VERBATIM)

target_sources(casus PRIVATE
  code/cameo_codes.cc
  code/verb_dictionary.cc
  code/pattern_match.cc
  code/coder.cc
  ${CASUS_CODE_DATA_CC})
