#!/bin/bash
exec python -m http.server
