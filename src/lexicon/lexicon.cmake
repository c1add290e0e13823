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

# Lemmas: WordNet 3.0's exception lists and lemma index (Debian's wordnet-base,
# scripts/install-deps.sh installs it), compiled into libcasus like the tagger model.
find_path(CASUS_WORDNET_DIR verb.exc
  PATHS /usr/share/wordnet
  NO_DEFAULT_PATH
  DOC "Directory of WordNet's index.* and *.exc files")
if(NOT CASUS_WORDNET_DIR)
  message(FATAL_ERROR "WordNet data not found: apt-get install wordnet-base (or set CASUS_WORDNET_DIR)")
endif()

add_executable(casus_lemma_model_gen lexicon/gen/lemma_model_gen.cc)
target_include_directories(casus_lemma_model_gen PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})

set(CASUS_LEMMA_MODEL_CC ${CMAKE_CURRENT_BINARY_DIR}/generated/lexicon/lemma_model.cc)
set(CASUS_WORDNET_FILES)
foreach(cls noun verb adj adv)
  list(APPEND CASUS_WORDNET_FILES ${CASUS_WORDNET_DIR}/index.${cls} ${CASUS_WORDNET_DIR}/${cls}.exc)
endforeach()
add_custom_command(
  OUTPUT ${CASUS_LEMMA_MODEL_CC}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated/lexicon
  COMMAND casus_lemma_model_gen ${CASUS_WORDNET_DIR} ${CASUS_LEMMA_MODEL_CC}
  DEPENDS casus_lemma_model_gen ${CASUS_WORDNET_FILES}
  COMMENT "Generating the lemma model from WordNet 3.0"
  VERBATIM)

# The grammar layer: lemmas, inflections, chunks, clauses (public header grammar.h).
target_sources(casus PRIVATE
  lexicon/lemmatizer.cc
  lexicon/inflect.cc
  lexicon/word_lists.cc
  lexicon/verb_group.cc
  lexicon/chunker.cc
  lexicon/clauses.cc
  lexicon/grammar.cc
  ${CASUS_LEMMA_MODEL_CC})
