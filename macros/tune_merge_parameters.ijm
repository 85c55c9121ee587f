// Tune the merge parameters on annotated images, then merge with the tuned settings.
// The folder holds predictions.json (COCO tile predictions, a dataset or a detection-results
// list with its images) and ground_truth.json (COCO dataset); the tiles were 512 px with 64 px
// overlap (change tile_size and overlap below to your grid).
// Optional files in the folder replace the keys below: grid.txt (e.g. "tile_size=256 overlap=32"),
// tune_keys.txt (e.g. "metric=f1 trials=100 folds=5 seed=2 tune=beta2,gamma").
// Writes best.json (the parameter file), trials.csv, tuning.png and merged.json into the folder.
// Argument (optional, for batch runs): the folder; otherwise a dialog asks for it.
dir = getArgument();
if (dir == "") dir = getDirectory("Folder with predictions.json and ground_truth.json");
if (!endsWith(dir, File.separator)) dir = dir + File.separator;
tile = "tile_size=512 overlap=64";
if (File.exists(dir + "grid.txt")) tile = String.trim(File.openAsString(dir + "grid.txt"));
keys = "metric=pq trials=50 folds=3 seed=1 tune=default";
if (File.exists(dir + "tune_keys.txt")) keys = String.trim(File.openAsString(dir + "tune_keys.txt"));
run("Tune Merge Parameters", "predictions=[" + dir + "predictions.json] ground_truth=[" + dir + "ground_truth.json] " + tile + " " + keys + " output_parameters=[" + dir + "best.json] trials_csv=[" + dir + "trials.csv] plot_png=[" + dir + "tuning.png]");
run("Merge COCO JSON", "input=[" + dir + "predictions.json] " + tile + " parameters=[" + dir + "best.json] output=[" + dir + "merged.json]");
print("tuned settings in " + dir + "best.json; merged objects in " + dir + "merged.json");
