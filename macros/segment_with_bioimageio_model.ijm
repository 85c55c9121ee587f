// Segment an image tile by tile with a bioimage.io model (ONNX weights) and merge the objects
// across tile seams with SMM: per-tile instances, window IoU, fusion by union. Writes
// <image>_model_labels.tif and <image>_model_coco.json next to the image, and first checks that
// the package reproduces its own test output.
// Keys to adapt: normalization_window (0: each tile's own statistics; e.g. 512 with small tiles,
// so that every tile is normalised by the 512 px window around it), batch_size (tiles per call
// of the model when its batch axis is free), split_depth (0: touching objects stay joined; e.g.
// 2 splits them by a seeded watershed on each object's distance transform).
// Argument (optional, for batch runs): "<image file>;<model package folder, yaml or zip>";
// otherwise dialogs ask for both.
args = split(getArgument(), ";");
if (args.length == 2) {
	path = args[0];
	model = args[1];
} else {
	path = File.openDialog("Image to segment");
	model = getDirectory("bioimage.io model package (folder)");
}
run("Test bioimage.io Model", "model=[" + model + "]");
base = File.getDirectory(path) + File.getNameWithoutExtension(path);
open(path);
title = getTitle();
run("Tiled Segment and Merge", "image=[" + title + "] segmenter=bioimageio model=[" + model + "] instances=per_tile normalization=per_tile tile_size=512 overlap=0.25 normalization_window=0 batch_size=4 split_depth=0 probability_threshold=0.5 min_area=15 fusion=union output_labels=[" + base + "_model_labels.tif] output_coco=[" + base + "_model_coco.json] preset=microscopy method=smm-exact");
close(title);
print("segmented " + path + " with " + model + " into " + base + "_model_labels.tif");
