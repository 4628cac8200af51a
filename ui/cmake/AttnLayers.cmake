# The widgets' libraries are layers: each links only the libraries below it, and each exposes only its own
# headers, so that an #include that runs back up (a heatmap header including a window header) fails to build.
#
# attn_expose_headers(<target> <folder>...) makes each <folder> of ui/ visible to <target> and to whatever links
# it, as "<folder>/<header>.h", and nothing else of ui/: <target>'s public include root is a folder of the build
# tree, ${CMAKE_BINARY_DIR}/include/<target>, that holds one symbolic link per folder.
function(attn_expose_headers target)
  set(root ${CMAKE_BINARY_DIR}/include/${target})
  file(MAKE_DIRECTORY ${root})
  foreach(folder IN LISTS ARGN)
    file(CREATE_LINK ${ATTN_UI_DIR}/${folder} ${root}/${folder} SYMBOLIC)
    set_property(GLOBAL APPEND PROPERTY ATTN_UI_LAYERS "${target}:${folder}")
  endforeach()
  target_include_directories(${target} PUBLIC $<BUILD_INTERFACE:${root}>)
endfunction()

# The options every library of ui/ compiles with.
function(attn_ui_library_options target)
  target_compile_definitions(${target} PUBLIC QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT
                                              QT_DISABLE_DEPRECATED_UP_TO=0x060400)
endfunction()
