# Stage 4, code (included from src/CMakeLists.txt). The verb dictionary and the
# CAMEO code table (data/verbs, data/cameo) are embedded into libcasus at build
# time and parsed when a Coder is created; a unit test checks that the built-in
# files load with no warnings, so a broken dictionary fails CI, not users.
file(GLOB CASUS_VERB_FILES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/data/verbs/*.txt)
list(REMOVE_ITEM CASUS_VERB_FILES ${PROJECT_SOURCE_DIR}/data/verbs/wordnet-allow.txt)
list(SORT CASUS_VERB_FILES)

# Reviewed WordNet synonyms: the allow-list's pairs that WordNet confirms (two verbs
# sharing a synset), generated at build time from Debian's wordnet-base.
add_executable(casus_verb_synonyms_gen code/gen/verb_synonyms_gen.cc)
set(CASUS_VERB_SYNONYMS ${CMAKE_CURRENT_BINARY_DIR}/generated/code/wordnet-synonyms.txt)
add_custom_command(
  OUTPUT ${CASUS_VERB_SYNONYMS}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated/code
  COMMAND casus_verb_synonyms_gen ${CASUS_WORDNET_DIR}/index.verb
          ${PROJECT_SOURCE_DIR}/data/verbs/wordnet-allow.txt ${CASUS_VERB_SYNONYMS}
  DEPENDS casus_verb_synonyms_gen ${PROJECT_SOURCE_DIR}/data/verbs/wordnet-allow.txt ${CASUS_WORDNET_DIR}/index.verb
  COMMENT "Confirming the reviewed verb synonyms against WordNet"
  VERBATIM)
set(CASUS_CODE_DATA_FILES ${PROJECT_SOURCE_DIR}/data/cameo/codes.txt ${CASUS_VERB_FILES} ${CASUS_VERB_SYNONYMS})
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
  code/petr_lines.cc
  code/petr_verbs.cc
  code/petr_actors.cc
  code/petr_agents.cc
  code/petr_lists.cc
  code/petr_files.cc
  code/petr_units.cc
  code/petr_match.cc
  code/petr_coder.cc
  ${CASUS_CODE_DATA_CC})

# PETRARCH validation suites (casus validate) and the Penn tree reader they use.
target_sources(casus PRIVATE
  code/penn_tree.cc
  code/validation.cc)
