# RUN: %expect %s
# RUN: %exits 1 %hoist check --no-cache --select client-in-handler %s | %FileCheck %s
# Every writer hoist knows says where it writes (written_destinations): a
# copy into a directory writes the file of the source's name there, a tree
# copied or an archive extracted writes under its directory, a child process
# writes where its command's last path (cp, install, ln), `-C` (tar) or
# `-d` (unzip) says. Into ~/.aws, or a tree into the home directory, that
# may be the SDK's configuration the client reads: no safe fix. Into /tmp
# at a literal path, it cannot be ~/.aws/config: the safe fix stays.
# The sources are missing, so that nothing is written when the fixture runs.
import os
import pathlib
import shutil
import subprocess
import urllib.request

import boto3

SOURCE = "/nonexistent/hoist-fixture/config"
ARCHIVE = "/nonexistent/hoist-fixture/aws.tar"
s3 = boto3.client("s3")


def copy_into_directory_handler(event, context):
    try:
        shutil.copy(SOURCE, os.path.expanduser("~/.aws"))
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'copy_into_directory_handler' writes the SDK's configuration it reads ('shutil.copy(SOURCE, os.path.expanduser("~/.aws"))')


def child_copy_handler(event, context):
    aws = os.path.join(os.path.expanduser("~"), ".aws")
    subprocess.run(["cp", SOURCE, aws], check=False, stderr=subprocess.DEVNULL)
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'child_copy_handler' writes the SDK's configuration it reads ('subprocess.run...')


def extract_into_home_handler(event, context):
    home = os.path.expanduser("~")
    subprocess.run(["tar", "-xf", ARCHIVE, "-C", home], check=False,
                   stderr=subprocess.DEVNULL)
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'extract_into_home_handler' writes the SDK's configuration it reads ('subprocess.run...')


def copy_tree_into_home_handler(event, context):
    try:
        shutil.copytree(os.path.dirname(SOURCE), pathlib.Path.home(),
                        dirs_exist_ok=True)
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'copy_tree_into_home_handler' writes the SDK's configuration it reads ('shutil.copytree...')


def download_handler(event, context):
    try:
        urllib.request.urlretrieve("file://" + SOURCE,
                                   os.path.expanduser("~/.aws/config"))
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
# CHECK-DAG: no safe fix: the invoke path of 'download_handler' writes the SDK's configuration it reads ('urllib.request.urlretrieve...')


def copy_to_tmp_handler(event, context):
    try:
        shutil.copy(SOURCE, "/tmp/hoist-fixture-copy.txt")
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def child_copy_to_tmp_handler(event, context):
    subprocess.run(["cp", SOURCE, "/tmp/hoist-fixture-cp.txt"], check=False,
                   stderr=subprocess.DEVNULL)
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name


def copy_tree_to_tmp_handler(event, context):
    try:
        shutil.copytree(os.path.dirname(SOURCE), "/tmp/hoist-fixture-models",
                        dirs_exist_ok=True)
    except OSError:
        pass
    # expect: client-in-handler[hoistable]
    return s3.meta.region_name
