#!/bin/sh
# Regenerates the fixtures (README.md): the plain sources, then libtiff's tiffcp encodes them.
set -e
python3 make_plain.py
tiffcp -c lzw plain8.tif lzw8.tif
tiffcp -c lzw:2 -r 3 plain8.tif lzw8p_r3.tif
tiffcp -c zip:2 plain8.tif zip8p.tif
tiffcp -c packbits plain8.tif packbits8.tif
tiffcp -t -w 16 -l 16 -c lzw:2 plain8.tif tiled8_lzw.tif
tiffcp -B -c zip:2 plain16.tif zip16p_be.tif
tiffcp -t -w 16 -l 16 -c zip plain16.tif tiled16_zip.tif
tiffcp -c lzw:2 plainf.tif lzwf_p2.tif
tiffcp -c zip:3 plainf.tif zipf_p3.tif
tiffcp -c jpeg plain8.tif jpeg8.tif
