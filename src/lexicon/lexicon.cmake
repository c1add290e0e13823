# Stage 3, lexicon (included from src/CMakeLists.txt so the generated model can be a
# source of the casus target defined there).
#
# The part-of-speech model is generated at build time from Debian's
# liblingua-en-tagger-perl data (scripts/install-deps.sh installs it) and compiled
# into libcasus: no data files at run time.
find_path(CASUS_LINGUA_TAGGER_DIR words.yml
  PATHS /usr/share/perl5/Lingua/EN/Tagger
  NO_DEFAULT_PATH
  DOC "Directory of Lingua::EN::Tagger's words.yml, tags.yml, unknown.yml")
if(NOT CASUS_LINGUA_TAGGER_DIR)
  message(FATAL_ERROR "Lingua::EN::Tagger data not found: apt-get install liblingua-en-tagger-perl "
                      "(or set CASUS_LINGUA_TAGGER_DIR)")
endif()

add_executable(casus_tagger_model_gen lexicon/gen/tagger_model_gen.cc lexicon/pos_tag.cc)
target_include_directories(casus_tagger_model_gen PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

set(CASUS_TAGGER_MODEL_CC ${CMAKE_CURRENT_BINARY_DIR}/generated/lexicon/tagger_model.cc)
add_custom_command(
  OUTPUT ${CASUS_TAGGER_MODEL_CC}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated/lexicon
  COMMAND casus_tagger_model_gen ${CASUS_LINGUA_TAGGER_DIR} ${CASUS_TAGGER_MODEL_CC}
  DEPENDS casus_tagger_model_gen
          ${CASUS_LINGUA_TAGGER_DIR}/words.yml
          ${CASUS_LINGUA_TAGGER_DIR}/tags.yml
          ${CASUS_LINGUA_TAGGER_DIR}/unknown.yml
  COMMENT "Generating the part-of-speech tagger model from Lingua::EN::Tagger data"
  VERBATIM)

target_sources(casus PRIVATE
  lexicon/context_rules.cc
  lexicon/pos_tag.cc
  lexicon/tagger.cc
  lexicon/unknown_words.cc
  lexicon/word_forms.cc
  ${CASUS_TAGGER_MODEL_CC})
