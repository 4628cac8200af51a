# The built-in examples: the one list of them, in teaching order (the waistline examples, seed 004's matrices,
# "Thinking Machines", self-attention, masks, a causal sentence, two heads). Included by the top-level
# CMakeLists.txt, so that every directory sees it: ui/ bundles ATTN_EXAMPLE_FILES in the program's resources
# (":/examples"), resources/ installs them, and attn::io orders the menu by the generated "attn/examplelist.h".
set(ATTN_EXAMPLES
  waistline
  waistline-boxcar
  waistline-epanechnikov
  seed004-2d
  thinking-machines
  seed004-self-attention
  d2l-masked
  causal-sentence
  two-head)

set(ATTN_EXAMPLE_FILES)
set(attn_example_literals)
foreach(id IN LISTS ATTN_EXAMPLES)
  list(APPEND ATTN_EXAMPLE_FILES ${CMAKE_CURRENT_LIST_DIR}/${id}.json)
  list(APPEND attn_example_literals "\"${id}\"")
endforeach()

# Every session file in the folder is listed (scripts/package.sh expects each one installed), and every listed
# one exists.
file(GLOB attn_example_jsons CONFIGURE_DEPENDS RELATIVE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/*.json)
foreach(json IN LISTS attn_example_jsons)
  string(REGEX REPLACE "\\.json$" "" id ${json})
  if(NOT id IN_LIST ATTN_EXAMPLES)
    message(FATAL_ERROR "resources/examples/${json} is not in ATTN_EXAMPLES (resources/examples/examples.cmake)")
  endif()
endforeach()
foreach(file IN LISTS ATTN_EXAMPLE_FILES)
  if(NOT EXISTS ${file})
    message(FATAL_ERROR "ATTN_EXAMPLES (resources/examples/examples.cmake) lists ${file}, which does not exist")
  endif()
endforeach()

list(JOIN attn_example_literals ", " ATTN_EXAMPLE_LITERALS)
configure_file(${PROJECT_SOURCE_DIR}/cmake/examplelist.h.in ${CMAKE_BINARY_DIR}/generated/attn/examplelist.h @ONLY)
