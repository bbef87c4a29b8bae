"""Demo content for `load_demo_content`: plain data taken from the seeds in /work/shared/seeds/."""
