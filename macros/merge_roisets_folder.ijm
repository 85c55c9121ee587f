// For every image of a folder, merge the ROI set saved next to it (<name>_RoiSet.zip or
// <name>.zip) and save <name>_merged.zip and <name>_labels.tif.
// Argument (optional, for batch runs): the folder; otherwise a dialog asks for it.
dir = getArgument();
if (dir == "") dir = getDirectory("Folder of images with their ROI sets");
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
setBatchMode(true);
list = getFileList(dir);
merged = 0;
for (i = 0; i < list.length; i++) {
	name = list[i];
	dot = lastIndexOf(name, ".");
	if (dot < 0 || endsWith(name, ".zip") || endsWith(name, "_labels.tif")) continue;
	base = substring(name, 0, dot);
	rois = dir + base + "_RoiSet.zip";
	if (!File.exists(rois)) rois = dir + base + ".zip";
	if (!File.exists(rois)) continue;
	open(dir + name);
	run("Merge ROIs", "rois=[" + rois + "] image=[" + getTitle() + "] output_rois=[" + dir + base + "_merged.zip] output_labels=[" + dir + base + "_labels.tif] preset=microscopy method=smm-exact overlap_measure=ios");
	close();
	merged++;
}
print("merged " + merged + " ROI sets");
