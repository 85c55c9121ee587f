// Segment an image tile by tile with a bioimage.io model (ONNX weights) and merge the objects
// across tile seams with SMM: per-tile instances, window IoU, fusion by union. Writes
// <image>_model_labels.tif and <image>_model_coco.json next to the image, and first checks that
// the package reproduces its own test output.
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
run("Tiled Segment and Merge", "image=[" + title + "] segmenter=bioimageio model=[" + model + "] instances=per_tile normalization=per_tile tile_size=512 overlap=0.25 probability_threshold=0.5 min_area=15 fusion=union output_labels=[" + base + "_model_labels.tif] output_coco=[" + base + "_model_coco.json] preset=microscopy method=smm-exact");
close(title);
print("segmented " + path + " with " + model + " into " + base + "_model_labels.tif");
