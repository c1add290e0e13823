# Actor recognition (included from src/CMakeLists.txt after lexicon.cmake): the actor
# dictionaries of data/actors/*.txt and the GeoNames gazetteer are compiled at build
# time into a phrase table that is linked into libcasus (no data files at run time).
# The gazetteer comes from Debian's libgeonames (GeoNames cities, CC BY 4.0);
# scripts/install-deps.sh installs libgeonames-dev.
find_package(PkgConfig REQUIRED)
pkg_check_modules(CASUS_GEONAMES REQUIRED IMPORTED_TARGET geonames)

add_executable(casus_actor_dict_gen
  lexicon/gen/actor_dict_gen.cc
  lexicon/actor_table.cc
  lexicon/dictionary_format.cc
  text/segment.cc
  text/segment_chars.cc
  base/utf8.cc)
target_include_directories(casus_actor_dict_gen PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
target_link_libraries(casus_actor_dict_gen PRIVATE PkgConfig::CASUS_GEONAMES)

set(CASUS_ACTOR_DATA_DIR ${PROJECT_SOURCE_DIR}/data/actors)
file(GLOB CASUS_ACTOR_DATA_FILES CONFIGURE_DEPENDS ${CASUS_ACTOR_DATA_DIR}/*.txt)
set(CASUS_PLACE_ALIASES ${CMAKE_CURRENT_SOURCE_DIR}/lexicon/gen/place_aliases.txt)
set(CASUS_ACTOR_TABLE_CC ${CMAKE_CURRENT_BINARY_DIR}/generated/lexicon/actor_table.cc)
add_custom_command(
  OUTPUT ${CASUS_ACTOR_TABLE_CC}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated/lexicon
  COMMAND casus_actor_dict_gen ${CASUS_ACTOR_DATA_DIR} ${CASUS_PLACE_ALIASES} ${CASUS_ACTOR_TABLE_CC}
  DEPENDS casus_actor_dict_gen ${CASUS_ACTOR_DATA_FILES} ${CASUS_PLACE_ALIASES}
  COMMENT "Compiling the actor dictionaries and the GeoNames gazetteer"
  VERBATIM)

target_sources(casus PRIVATE
  lexicon/actor_table.cc
  lexicon/dictionary_format.cc
  lexicon/actor_dictionary.cc
  lexicon/gazetteer.cc
  lexicon/actor_matcher.cc
  lexicon/actor_recognizer.cc
  lexicon/actor_compose.cc
  lexicon/coreference.cc
  ${CASUS_ACTOR_TABLE_CC})
