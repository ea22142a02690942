"""An example plugin module that registers a function with the decorator."""
from plugload import hooks


@hooks.register()
def shout(text):
    return text.upper() + "!"


@hooks.register("whisper")
def quiet(text):
    return text.lower() + "..."
