"""Asks an X11 window to close, as a window manager's close button does (WM_DELETE_WINDOW), so the app
ends through its normal path. Used by check-linux.sh under Xvfb, which has no window manager.
Usage: python3 packaging/wm-close.py WINDOW_ID"""
import ctypes, sys
x = ctypes.cdll.LoadLibrary("libX11.so.6")
x.XOpenDisplay.restype = ctypes.c_void_p
d = x.XOpenDisplay(None)
win = int(sys.argv[1])
x.XInternAtom.restype = ctypes.c_ulong
proto = x.XInternAtom(ctypes.c_void_p(d), b"WM_PROTOCOLS", 0)
delete = x.XInternAtom(ctypes.c_void_p(d), b"WM_DELETE_WINDOW", 0)
class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong), ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]
class XEvent(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]
e = XEvent()
e.xclient.type = 33; e.xclient.window = win; e.xclient.message_type = proto; e.xclient.format = 32
e.xclient.data[0] = delete; e.xclient.data[1] = 0
x.XSendEvent(ctypes.c_void_p(d), ctypes.c_ulong(win), 0, 0, ctypes.byref(e))
x.XFlush(ctypes.c_void_p(d))
