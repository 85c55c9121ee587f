// Segment a large image tile by tile with the built-in Otsu + watershed pipeline and merge the
// objects across tile seams. Writes <image>_labels.tif, <image>_RoiSet.zip and <image>_coco.json
// next to the image. For dark objects on a bright background (H&E nuclei) use
// segmenter=threshold_watershed_dark; for your own per-tile macro use segmenter=macro with
// macro_code=[path/to/tile_macro.ijm] (the tile is the active image; leave a label image active).
// Argument (optional, for batch runs): the image file; otherwise a dialog asks for it.
path = getArgument();
if (path == "") path = File.openDialog("Image to segment");
base = File.getDirectory(path) + File.getNameWithoutExtension(path);
open(path);
title = getTitle();
run("Tiled Segment and Merge", "image=[" + title + "] tile_size=512 overlap=0.2 segmenter=threshold_watershed min_area=10 output_labels=[" + base + "_labels.tif] output_rois=[" + base + "_RoiSet.zip] output_coco=[" + base + "_coco.json] preset=microscopy method=smm-exact");
close(title);
print("segmented " + path + " into " + base + "_labels.tif");
