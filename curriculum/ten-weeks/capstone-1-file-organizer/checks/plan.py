"""Checks for the `organizer-plan` milestone (capstone1/planner.py)."""
from pymastery import call, expect_equal, learner_module, temp_folder

FILES = {"cat.jpg": b"\xff\xd8cat", "notes.txt": "shopping\n", "Makefile": "all:\n",
         "song.MP3": b"ID3", "b.py": "print(1)\n"}


def check_plans_every_file():
    """every file gets a target in its category, in name order"""
    module = learner_module()
    with temp_folder(FILES) as folder:
        plan = call(module.plan_moves, folder.path()).value
    expect_equal([tuple(pair) for pair in plan],
                 [("Makefile", "other/Makefile"), ("b.py", "code/b.py"),
                  ("cat.jpg", "images/cat.jpg"), ("notes.txt", "documents/notes.txt"),
                  ("song.MP3", "audio/song.MP3")],
                 hint="Loop over sorted(os.listdir(folder)) and pair each name with "
                      "f\"{category_for(name, rules)}/{name}\".")


def check_touches_nothing():
    """planning changes nothing on disk"""
    module = learner_module()
    with temp_folder(FILES) as folder:
        call(module.plan_moves, folder.path())
        expect_equal(folder.files(), sorted(FILES),
                     hint="plan_moves only works out the moves: no os.makedirs, no move.")


def check_skips_folders_hidden_and_log():
    """sub-folders, hidden files and the log stay out of the plan"""
    module = learner_module()
    files = {"a.txt": "a", ".hidden.txt": "h", module.LOG_NAME: "{}\n",
             "images/old.jpg": b"old", "projects.d/x.py": "x"}
    with temp_folder(files) as folder:
        plan = call(module.plan_moves, folder.path()).value
    expect_equal([tuple(pair) for pair in plan], [("a.txt", "documents/a.txt")],
                 hint="os.path.isfile tells a file from a folder. Skip names that start with "
                      "\".\" and the name LOG_NAME.")


def check_never_overwrites():
    """a name already taken gets (1), (2) ..."""
    module = learner_module()
    files = {"cat.jpg": b"new", "images/cat.jpg": b"old", "images/cat (1).jpg": b"older",
             "list.txt": "x"}
    with temp_folder(files) as folder:
        plan = dict(call(module.plan_moves, folder.path()).value)
    expect_equal(plan.get("cat.jpg"), "images/cat (2).jpg",
                 hint="While the target exists in the folder, try \"stem (1).ext\", "
                      "\"stem (2).ext\" and so on; os.path.splitext gives stem and ext.")
    expect_equal(plan.get("list.txt"), "documents/list.txt")


def check_clash_inside_the_plan():
    """two files of the plan never share a target"""
    module = learner_module()
    rules = {"pictures": [".jpg", ".png"]}
    files = {"a.jpg": b"1", "b.png": b"2", "c.jpg": b"3"}
    with temp_folder(files) as folder:
        folder.write("pictures/a.jpg", b"0")
        plan = [tuple(pair) for pair in call(module.plan_moves, folder.path(), rules).value]
    expect_equal(plan, [("a.jpg", "pictures/a (1).jpg"), ("b.png", "pictures/b.png"),
                        ("c.jpg", "pictures/c.jpg")],
                 hint="Pass rules on to category_for.")
    with temp_folder({"cat (1).jpg": b"1", "cat.jpg": b"2", "images/cat.jpg": b"0"}) as folder:
        plan = [tuple(pair) for pair in call(module.plan_moves, folder.path()).value]
    expect_equal(plan, [("cat (1).jpg", "images/cat (1).jpg"), ("cat.jpg", "images/cat (2).jpg")],
                 hint="Keep a set of the targets planned so far and treat those as taken too.")
