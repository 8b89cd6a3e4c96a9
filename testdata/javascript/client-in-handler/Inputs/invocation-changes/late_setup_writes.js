// Required at the bottom of late_setup.js: runs at its INIT, last.
process.env.AWS_REGION = "ap-southeast-2";
