"""Run the echo handler on ws://127.0.0.1:8765 until Ctrl-C: `python -m chat.run_echo`."""
import asyncio

import websockets

from chat.echo import echo


async def main() -> None:
    async with websockets.serve(echo, "127.0.0.1", 8765):
        print("echo server on ws://127.0.0.1:8765 (Ctrl-C stops it)")
        await asyncio.Future()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
