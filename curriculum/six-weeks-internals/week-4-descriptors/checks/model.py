"""Checks for the `model` milestone: fields through the MRO, __init__ and __repr__."""
from pymastery import call, capture, expect, expect_equal, expect_in, expect_isinstance, fail, learner_module


def _models(tool):
    Field, Model = tool.Field, tool.Model
    try:
        class Record(Model):
            id = Field(int)

        class User(Record):
            kind = "person"
            name = Field(str)
            age = Field(int, default=0)

            def greeting(self):
                return "hi " + self.name

        class Admin(User):
            level = Field(int, default=1)
            name = Field(str, default="root")
    except Exception as error:
        cause = error.__cause__ or error
        fail("defining models raised {}: {}".format(type(cause).__name__, cause),
             hint="Finish the typed-field milestone first: class creation calls Field.__set_name__.")
    return Record, User, Admin


def check_fields_in_order():
    """fields() lists inherited fields first, in declaration order"""
    tool = learner_module()
    Record, User, Admin = _models(tool)
    expect_equal(list(call(Record.fields).value), ["id"], hint="Collect the Field objects from the class.")
    expect_equal(
        list(call(User.fields).value), ["id", "name", "age"],
        hint="Walk reversed(cls.__mro__) (object first, cls last) and collect each class's Field "
             "attributes from vars(klass), in the order they appear.",
    )
    admin_fields = call(Admin.fields).value
    expect_equal(
        list(admin_fields), ["id", "name", "age", "level"],
        hint="A field redeclared in a subclass keeps its first position. Assigning to an existing "
             "dict key does exactly that.",
    )
    expect(admin_fields["name"] is vars(Admin)["name"], "Admin.fields()['name'] is User's Field",
           hint="The subclass's declaration replaces the base's. Later classes in the walk overwrite earlier ones.")
    expect(all(isinstance(f, tool.Field) for f in admin_fields.values()),
           "fields() includes something that is not a Field",
           hint="Skip class attributes that aren't Fields (kind, greeting, ...).")


def check_init_sets_fields():
    """keyword arguments set the fields and defaults fill the rest"""
    tool = learner_module()
    _, User, Admin = _models(tool)
    user = call(User, id=1, name="Ada").value
    expect_equal((user.id, user.name, user.age), (1, "Ada", 0),
                 hint="Set each given value with setattr(self, name, value), which goes through the Field.")
    admin = call(Admin, id=2).value
    expect_equal((admin.name, admin.level), ("root", 1), hint="Fields with defaults may be left out.")


def check_init_validates():
    """wrong types, unknown names and missing fields raise TypeError"""
    tool = learner_module()
    _, User, _ = _models(tool)
    outcome = capture(User, id=1, name="Ada", age="old")
    expect_isinstance(outcome.exception, TypeError,
                      hint="Assign through the descriptor (setattr), never straight into __dict__, "
                           "so the Field checks the type.")
    outcome = capture(User, id=1, name="Ada", email="a@b.c")
    expect_isinstance(outcome.exception, TypeError, hint="A keyword that is not a field raises TypeError.")
    expect_in("email", str(outcome.exception), hint="Name the unknown field in the message.")
    outcome = capture(User, age=3)
    expect_isinstance(outcome.exception, TypeError,
                      hint="After setting the given values, look for fields without a default that were not given.")
    for name in ("id", "name"):
        expect_in(name, str(outcome.exception), hint="Name every missing field in the message.")


def check_repr():
    """repr shows the class and every field with a value"""
    tool = learner_module()
    _, User, _ = _models(tool)
    user = call(User, id=7, name="Ada", age=36).value
    expect_equal(call(repr, user).value, "User(id=7, name='Ada', age=36)",
                 hint="Join name=repr(value) pairs in field order, inside ClassName(...).")
    defaults = call(User, id=8, name="Bo").value
    expect_equal(call(repr, defaults).value, "User(id=8, name='Bo', age=0)",
                 hint="Defaults count as values.")
