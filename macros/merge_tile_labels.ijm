// Merge a folder of per-tile label images (offsets from file names such as
// tile_x512_y1024.tif, or from offsets.csv in the folder) into one label image.
// Argument (optional, for batch runs): the folder; otherwise a dialog asks for it.
dir = getArgument();
if (dir == "") dir = getDirectory("Folder of per-tile label images");
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
out = File.getParent(dir) + File.separator + File.getName(dir) + "_merged.tif";
offsets = "";
if (File.exists(dir + "offsets.csv")) offsets = " offsets=[" + dir + "offsets.csv]";
run("Merge Label Images", "input=[" + dir + "]" + offsets + " output_labels=[" + out + "] table=[" + out + ".csv] preset=microscopy method=smm-exact");
print("merged tiles of " + dir + " into " + out);
