# CMake generated Testfile for 
# Source directory: /work/main
# Build directory: /work/main/build
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
subdirs("src/geo")
subdirs("src/mapdata")
subdirs("src/story")
subdirs("src/view")
subdirs("src/render")
subdirs("src/ui")
subdirs("src/app")
subdirs("bench")
subdirs("tests")
