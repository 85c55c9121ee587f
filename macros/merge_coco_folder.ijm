// Merge every COCO JSON file of a folder with Spatial Mask Merging.
// Writes <name>_merged.json and <name>_clusters.csv next to each input.
// Argument (optional, for batch runs): the folder; otherwise a dialog asks for it.
dir = getArgument();
if (dir == "") dir = getDirectory("Folder of COCO JSON files");
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
list = getFileList(dir);
merged = 0;
for (i = 0; i < list.length; i++) {
	name = list[i];
	if (!endsWith(name, ".json") || endsWith(name, "_merged.json")) continue;
	base = substring(name, 0, lengthOf(name) - 5);
	run("Merge COCO JSON", "input=[" + dir + name + "] output=[" + dir + base + "_merged.json] table=[" + dir + base + "_clusters.csv] preset=microscopy method=smm-exact overlap_measure=ios");
	merged++;
}
print("merged " + merged + " COCO files");
